"""Administration → CRM on the server: where the link stands, its sync runs, « Synchroniser
maintenant », and the push API's keys. Everything here needs `crm.manage`."""
