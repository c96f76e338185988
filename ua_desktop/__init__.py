"""UA Desktop: Urgent Action case sheets into appeal letters, offline."""

__version__ = "0.1.0"
APP_NAME = "UA Desktop"
APP_ID = "ua-desktop"
