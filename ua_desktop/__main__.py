import sys

from ua_desktop.cli.main import main

sys.exit(main())
