import sys

from ua_desktop.cli import main

sys.exit(main())
