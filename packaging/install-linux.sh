#!/bin/sh
# Put UA Desktop in your applications menu (Linux). Run it from the unpacked
# ua-desktop folder:   ./install-linux.sh        (no administrator rights needed)
# To remove it again:  ./install-linux.sh --remove
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
bin="$HOME/.local/bin"
if [ "$1" = "--remove" ]; then
    rm -f "$apps/ua-desktop.desktop" "$icons/ua-desktop.png" "$bin/ua-desktop"
    echo "UA Desktop was removed from the menu. You can now delete the folder $here."
    exit 0
fi
mkdir -p "$apps" "$icons" "$bin"
ln -sf "$here/ua-desktop" "$bin/ua-desktop"
cp "$here/_internal/resources/icons/ua-desktop.png" "$icons/ua-desktop.png"
sed "s|^Exec=.*|Exec=\"$here/ua-desktop\" %f|; s|^TryExec=.*|TryExec=$here/ua-desktop|" \
    "$here/ua-desktop.desktop" > "$apps/ua-desktop.desktop"
chmod +x "$apps/ua-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "UA Desktop is now in your applications menu (Office). Keep this folder where it is: $here"
