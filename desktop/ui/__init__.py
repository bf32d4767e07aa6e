"""The application shell: main window, sign-in and password pages, header, banners, status bar,
settings, about and the command palette. Workspaces (tickets, administration) plug into it."""
