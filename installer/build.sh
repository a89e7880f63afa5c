#!/usr/bin/env bash
# Builds the Linux app image (trimmed runtime, no JDK needed) and the .deb (and the .rpm when
# rpmbuild is installed). Called by `mvn -Pinstaller package`, which first copies the jars and
# the filtered jpackage argument files into target/installer.
set -euo pipefail
dir=${1:?usage: build.sh TARGET_INSTALLER_DIR APP_JAR}
app_jar=${2:?usage: build.sh TARGET_INSTALLER_DIR APP_JAR}
here=$(cd "$(dirname "$0")" && pwd)
java_bin=$(dirname "$(readlink -f "$(command -v java)")")
[ -n "${JAVA_HOME:-}" ] && java_bin=$JAVA_HOME/bin
jlink=$java_bin/jlink
jpackage=$java_bin/jpackage

rm -rf "$dir/runtime" "$dir/dist"
cp "$app_jar" "$dir/input/relaydesk-app.jar"
echo "jlink: trimmed runtime with $(tr ',' ' ' < "$here/jlink-modules.txt" | wc -w) modules"
"$jlink" --module-path "$dir/javafx" \
  --add-modules "$(tr -d '[:space:]' < "$here/jlink-modules.txt")" \
  --include-locales=en,de,fr,es,it \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$dir/runtime"

echo "jpackage: app image"
"$jpackage" --type app-image @"$dir/args/identity.args" @"$dir/args/app-image.args" @"$dir/args/linux-app-image.args"
image=$dir/dist/RelayDesk
echo "app image: $(du -sm "$image" | cut -f1) MB in $image"

if [ "${INSTALLER_PACKAGES:-yes}" = yes ]; then
  for type in deb rpm; do
    case $type in
      deb) command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null || { echo "skipping .deb: dpkg-deb/fakeroot missing"; continue; } ;;
      rpm) command -v rpmbuild >/dev/null || { echo "skipping .rpm: rpmbuild not installed"; continue; } ;;
    esac
    echo "jpackage: .$type"
    "$jpackage" --type "$type" @"$dir/args/identity.args" @"$dir/args/linux-package.args"
  done
fi
ls -la "$dir/dist"
