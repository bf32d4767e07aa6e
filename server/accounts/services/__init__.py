"""Writes of the accounts app, split by topic: sessions (JWT pairs), auth (sign-in, passwords),
reset_codes (e-mailed codes), users, roles, agents."""
