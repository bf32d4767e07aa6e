from django.urls import path

from attachments.apis import AttachmentApi, AttachmentCollectionApi, AttachmentContentApi

urlpatterns = [
    path("attachments", AttachmentCollectionApi.as_view(), name="attachments"),
    path("attachments/<id:attachment_id>", AttachmentApi.as_view(), name="attachment"),
    path("attachments/<id:attachment_id>/content", AttachmentContentApi.as_view(), name="attachment-content"),
]
