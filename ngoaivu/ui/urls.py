from django.urls import path

from ngoaivu.ui.views import pages

app_name = "ui"
urlpatterns = [
    path("", pages.home, name="home"),
    path("tim-kiem/", pages.search, name="search"),
    path("thung-rac/", pages.trash, name="trash"),
    path("thung-rac/<str:model_key>/<int:pk>/khoi-phuc/", pages.restore, name="restore"),
    path("nhat-ky/", pages.changes, name="changes"),
    path("ngon-ngu/", pages.set_language, name="set_language"),
    path("ban-do/", pages.partner_map, name="map"),
    path("lua-chon/<str:model_key>/", pages.choices, name="choices"),
]
