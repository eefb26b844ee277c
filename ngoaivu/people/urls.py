from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from ngoaivu.people import forms, user_views, views

app_name = "accounts"  # the URL names pages and bookmarks use since the users' pages were in accounts
urlpatterns = [
    path("", views.profile, name="profile"),
    path("dang-nhap/", auth_views.LoginView.as_view(template_name="registration/login.html"), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("cau-hinh-tinh/", views.province_settings, name="province_settings"),
    path("khoa-api/tao/", views.token_create, name="token_create"),
    path("khoa-api/<int:pk>/thu-hoi/", views.token_revoke_view, name="token_revoke"),
    path("nguoi-dung/", user_views.user_list, name="user_list"),
    path("nguoi-dung/them/", user_views.user_create, name="user_create"),
    path("nguoi-dung/<int:pk>/", user_views.user_edit, name="user_edit"),
    path("nguoi-dung/<int:pk>/trang-thai/", user_views.user_set_active, name="user_set_active"),
    path("nguoi-dung/<int:pk>/mat-khau/", user_views.user_password, name="user_password"),
    # Django's own password views, with the site's templates (templates/registration/).
    path("doi-mat-khau/", auth_views.PasswordChangeView.as_view(
        form_class=forms.PasswordChangeForm, success_url=reverse_lazy("accounts:password_change_done")),
        name="password_change"),
    path("doi-mat-khau/xong/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("quen-mat-khau/", auth_views.PasswordResetView.as_view(
        form_class=forms.PasswordResetForm, success_url=reverse_lazy("accounts:password_reset_done"),
        email_template_name="registration/password_reset_email.txt"), name="password_reset"),
    path("quen-mat-khau/da-gui/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("dat-lai-mat-khau/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        form_class=forms.SetPasswordForm, success_url=reverse_lazy("accounts:password_reset_complete")),
        name="password_reset_confirm"),
    path("dat-lai-mat-khau/xong/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
