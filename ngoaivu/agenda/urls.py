from django.urls import path

from ngoaivu.agenda import views

app_name = "agenda"
url_prefix = "lich"
urlpatterns = [
    path("", views.calendar_page, name="calendar"),
    path("dang-ky/", views.feed_page, name="feed"),
    path("dang-ky/thu-hoi/", views.feed_revoke, name="feed_revoke"),
    path("ical/<str:token>.ics", views.ical_feed, name="ical"),
]
