"""The event network in the window: the desk's hub status, joining a hub, the hub itself."""
