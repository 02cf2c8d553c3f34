"""The card-handover kiosk application."""
