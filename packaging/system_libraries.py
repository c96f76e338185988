"""The shared libraries a Linux desktop must provide for the built app's
window, and the Debian/Ubuntu packages that hold them.

PyInstaller leaves some libraries out of the bundle on purpose (the C
library, the graphics driver's libGL, the X client libraries that must match
the running X server) and bundles what it finds for the rest. Qt's X11
window plugin (`libqxcb.so`) needs a few more that many machines lack; a
build made on such a machine leaves them out and the app cannot open a
window ("could not load the Qt platform plugin xcb"). `packaging/build.py`
checks every library the plugin loads: each must be in the bundle or named
here, and named ones are listed in README.md as system requirements.
"""

from __future__ import annotations

#: soname -> Debian/Ubuntu package. The README's list of system libraries
#: is made from the packages named here (a test checks they agree).
SYSTEM_LIBRARIES: dict[str, str] = {
    # the C runtime, always present
    "linux-vdso.so.1": "",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    # graphics: must come from the machine's own driver stack
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    # the X11 client libraries for Qt's xcb window plugin
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # fonts, the session bus and their own needs
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libexpat.so.1": "libexpat1",
    "libpng16.so.16": "libpng16-16",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
}


#: The packages of the list above that a desktop may lack (the rest come
#: with any Linux system): README.md's Quick start and .ci/run install these.
WINDOW_PACKAGES: tuple[str, ...] = (
    "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libglib2.0-0", "libxkbcommon0", "libxkbcommon-x11-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
)


def required_packages() -> list[str]:
    """The Debian/Ubuntu packages a desktop needs for the window, sorted."""
    return sorted({package for package in SYSTEM_LIBRARIES.values() if package})


def parse_ldd(output: str) -> list[tuple[str, str | None]]:
    """(soname, resolved path or None when "not found") for each line of `ldd` output."""
    found = []
    for line in output.splitlines():
        line = line.strip()
        if "=>" in line:
            name, _, rest = line.partition("=>")
            rest = rest.strip()
            path = None if rest.startswith("not found") else rest.split(" (")[0].strip() or None
            found.append((name.strip(), path))
        elif line and not line.startswith(("statically", "not a dynamic")):
            path = line.split(" (")[0].strip()
            found.append((path.rsplit("/", 1)[-1], path))
    return found


def library_problems(ldd_output: str, bundle: str) -> list[str]:
    """What is wrong with the libraries `ldd` resolved for a bundled
    plugin: a library not found anywhere, or one taken from this computer
    that the bundle does not carry and that is not a named system requirement."""
    problems = []
    for name, path in parse_ldd(ldd_output):
        if path and path.startswith(bundle):
            continue
        package = SYSTEM_LIBRARIES.get(name)
        if path is None:
            hint = f" (Debian/Ubuntu package {package})" if package else ""
            problems.append(f"{name} is needed by Qt's window plugin but is neither in the bundle nor on "
                            f"this computer{hint}: install it and build again")
        elif package is None:
            problems.append(f"{name} comes from this computer ({path}) but is neither in the bundle nor a "
                            f"named system requirement (packaging/system_libraries.py)")
    return problems
