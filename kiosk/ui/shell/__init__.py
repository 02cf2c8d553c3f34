"""The window around the features: main window, kiosk mode, activity, style, translations."""
