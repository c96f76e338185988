"""The window: a thin layer of widgets over `ua_desktop.core`."""
