"""The look: large type, clear steps, colours that carry meaning (the
deadline) and that stay readable in a high-contrast palette."""

STYLE_SHEET = """
QWidget { font-size: 11pt; }
QFrame#step { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QLabel#stepHeading { font-size: 14pt; font-weight: 600; }
QLabel#people { font-size: 17pt; font-weight: 700; }
QLabel#caseWhere { font-size: 11pt; color: palette(text); }
QLabel#subHeading { font-weight: 600; margin-top: 4px; }
QLabel#note { color: palette(text); font-style: italic; }
QLabel#deadline { border-radius: 6px; padding: 8px; font-weight: 600; }
QLabel#deadline[state="passed"] { background: #fde2e1; color: #8a1c12; border: 1px solid #d9534f; }
QLabel#deadline[state="today"], QLabel#deadline[state="due_soon"] { background: #fff3cd; color: #664d03; border: 1px solid #e0a800; }
QLabel#deadline[state="open"] { background: #e6f4ea; color: #1e4620; border: 1px solid #5cb85c; }
QLabel#deadline[state="none"] { background: palette(window); }
QLabel#problem { background: #fde2e1; color: #8a1c12; border-radius: 6px; padding: 6px; }
QFrame#outOfDate { background: #fff3cd; color: #664d03; border: 1px solid #e0a800; border-radius: 6px; }
QListView#recipients::item { padding: 6px; }
QPlainTextEdit#letter { background: white; color: black; padding: 18px; border: 1px solid palette(mid); }
QPushButton { padding: 7px 14px; }
QPushButton#primary { font-weight: 700; }
"""
