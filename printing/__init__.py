"""Turning plain data into paper: card PDFs, receipt bytes, QR payloads, transports."""
