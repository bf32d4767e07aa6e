"""`origyne-sav://` links from the CRM's screen: parsing, the single running instance that
receives them, and the router that opens what they name once the user is signed in."""
