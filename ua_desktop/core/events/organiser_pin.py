"""The organiser's PIN, kept only as a salted PBKDF2 hash (never in clear):
`hash_pin` makes the stored text, `pin_matches` checks a PIN against it.
No I/O, no Qt."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 200_000
MIN_LENGTH = 4
_SCHEME = "pbkdf2_sha256"


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``pbkdf2_sha256$iterations$salt$hash`` (hex), for the settings file."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{_SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """True when `pin` is the one `stored` was made from; False for any other PIN or a damaged value."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), int(iterations))
        return hmac.compare_digest(expected, bytes.fromhex(digest))
    except ValueError:
        return False


def pin_is_long_enough(pin: str) -> bool:
    return len(pin.strip()) >= MIN_LENGTH
