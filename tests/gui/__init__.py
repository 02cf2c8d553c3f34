"""GUI tests. Offscreen, Qt's screen is the kiosk's 1366x768 at 96 dpi, not the plugin's
800x800: windows size themselves from the screen, and tests/gui/fit.py measures against it."""

import os
from pathlib import Path

if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("kiosk-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
