#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with its own D-Bus session and a real Secret Service (gnome-keyring).
#   with-secret-service.sh unlocked CMD...  the login keyring is unlocked: storing works
#   with-secret-service.sh locked CMD...    the keyring stays locked: the "no keychain" path
set -eu
mode=$1; shift
# Keyrings live under HOME: give each run its own, so runs neither share nor leave secrets.
HOME=$(mktemp -d); export HOME
XDG_DATA_HOME=$HOME/.local/share; export XDG_DATA_HOME
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- sh -c '
    mode=$1; shift
    if [ "$mode" = unlocked ]; then
        # A throw-away keyring in a private HOME, unlocked with a throw-away password.
        printf test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    else
        gnome-keyring-daemon --start --components=secrets >/dev/null
    fi
    exec "$@"' sh "$mode" "$@"
