from crm.models.records import Contact, CrmRecord, Customer, DeliveredProduct, Order, OrderLine, Product
from crm.models.sync import SyncIssue, SyncMode, SyncRun, SyncSource, SyncState, SyncStatus

__all__ = [
    "Contact", "CrmRecord", "Customer", "DeliveredProduct", "Order", "OrderLine", "Product",
    "SyncIssue", "SyncMode", "SyncRun", "SyncSource", "SyncState", "SyncStatus",
]
