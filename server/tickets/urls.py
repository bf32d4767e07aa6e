from django.urls import path

from tickets.apis.assignment import TicketAssignApi, TicketWatcherApi, TicketWatchersApi
from tickets.apis.categories import CategoryApi, CategoryCollectionApi
from tickets.apis.discussion import TicketEventsApi, TicketMessagesApi
from tickets.apis.lifecycle import (
    TicketCloseApi,
    TicketReopenApi,
    TicketResolveApi,
    TicketStartApi,
    TicketWaitApi,
)
from tickets.apis.ratings import TicketRatingApi
from tickets.apis.reminders import ReminderApi, TicketRemindersApi
from tickets.apis.tickets import TicketApi, TicketCollectionApi

urlpatterns = [
    path("categories", CategoryCollectionApi.as_view(), name="categories"),
    path("categories/<id:category_id>", CategoryApi.as_view(), name="category"),
    path("tickets", TicketCollectionApi.as_view(), name="tickets"),
    path("tickets/<id:ticket_id>", TicketApi.as_view(), name="ticket"),
    path("tickets/<id:ticket_id>/messages", TicketMessagesApi.as_view(), name="ticket-messages"),
    path("tickets/<id:ticket_id>/events", TicketEventsApi.as_view(), name="ticket-events"),
    path("tickets/<id:ticket_id>/start", TicketStartApi.as_view(), name="ticket-start"),
    path("tickets/<id:ticket_id>/wait", TicketWaitApi.as_view(), name="ticket-wait"),
    path("tickets/<id:ticket_id>/resolve", TicketResolveApi.as_view(), name="ticket-resolve"),
    path("tickets/<id:ticket_id>/close", TicketCloseApi.as_view(), name="ticket-close"),
    path("tickets/<id:ticket_id>/reopen", TicketReopenApi.as_view(), name="ticket-reopen"),
    path("tickets/<id:ticket_id>/assign", TicketAssignApi.as_view(), name="ticket-assign"),
    path("tickets/<id:ticket_id>/watchers", TicketWatchersApi.as_view(), name="ticket-watchers"),
    path(
        "tickets/<id:ticket_id>/watchers/<id:user_id>", TicketWatcherApi.as_view(), name="ticket-watcher"
    ),
    path("tickets/<id:ticket_id>/reminders", TicketRemindersApi.as_view(), name="ticket-reminders"),
    path("reminders/<id:reminder_id>", ReminderApi.as_view(), name="reminder"),
    path("tickets/<id:ticket_id>/rating", TicketRatingApi.as_view(), name="ticket-rating"),
]
