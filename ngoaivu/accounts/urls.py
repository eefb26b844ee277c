from django.contrib.auth import views as auth_views
from django.urls import path

from ngoaivu.accounts import views

app_name = "accounts"
urlpatterns = [
    path("dang-nhap/", auth_views.LoginView.as_view(template_name="registration/login.html"), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("cau-hinh-tinh/", views.province_settings, name="province_settings"),
]
