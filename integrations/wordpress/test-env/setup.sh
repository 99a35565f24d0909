#!/usr/bin/env bash
# The WordPress test site the tests in test/wordpress/ run against, on this machine: Debian's
# wordpress (6.1), MariaDB and Apache with mod_php, on loopback (127.0.0.1:8088, OCC_WP_PORT).
# Installs the packages when missing (needs root and apt), starts MariaDB and a stand-alone Apache
# (the system's own Apache configuration is left alone), creates the database, installs WordPress
# through its own PHP functions, installs the plugin from the built zip, and creates the users and
# pages (install.php). Idempotent; a second run takes a few seconds. Writes the test credentials
# to $OCC_WP_STATE/site.json (default /var/tmp/occ-wordpress), which the tests read.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
port="${OCC_WP_PORT:-8088}"
url="http://127.0.0.1:$port"
state="${OCC_WP_STATE:-/var/tmp/occ-wordpress}"
content=/var/lib/wordpress/wp-content
started=$(date +%s)
mkdir -p "$state"
chmod 700 "$state"

# 1. Packages.
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql unzip curl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d stops the packages from starting their own services on port 80 and 3306 at install.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. MariaDB (Debian's binds to 127.0.0.1 and lets root in through its socket).
if ! mysqladmin --silent ping >/dev/null 2>&1; then
  echo "Starting MariaDB"
  service mariadb start >/dev/null || service mysql start >/dev/null
  for _ in $(seq 1 30); do mysqladmin --silent ping >/dev/null 2>&1 && break; sleep 1; done
fi
[ -f "$state/db-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$state/db-password"
[ -f "$state/admin-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$state/admin-password"
[ -f "$state/author-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$state/author-password"
db_password="$(cat "$state/db-password")"
mysql -u root <<SQL
CREATE DATABASE IF NOT EXISTS occ_wordpress;
CREATE USER IF NOT EXISTS 'occ_wordpress'@'localhost' IDENTIFIED BY '$db_password';
ALTER USER 'occ_wordpress'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON occ_wordpress.* TO 'occ_wordpress'@'localhost';
SQL

# 3. WordPress's configuration for this host (Debian reads /etc/wordpress/config-<host>.php).
install -d /etc/wordpress
cat >/etc/wordpress/config-127.0.0.1.php <<PHP
<?php
// The occ-elements WordPress test site (written by integrations/wordpress/test-env/setup.sh).
define('DB_NAME', 'occ_wordpress');
define('DB_USER', 'occ_wordpress');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$content');
define('WP_CONTENT_URL', '$url/wp-content');
// 'local' lets application passwords work over plain http on loopback.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$state/debug.log');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
PHP
chgrp www-data /etc/wordpress/config-127.0.0.1.php
chmod 640 /etc/wordpress/config-127.0.0.1.php
touch "$state/debug.log" && chown www-data "$state/debug.log"
chmod 711 "$state"

# 4. The plugin, from the installable zip (built now if missing), and the test site's mu-plugin.
if [ ! -f "$root/dist/occ-elements.js" ]; then
  (cd "$root" && npm run -s build:wordpress)
else
  (cd "$root" && node scripts/build-wordpress.mjs --no-build)
fi
rm -rf "$content/plugins/occ-elements"
unzip -q -o "$root/integrations/wordpress/dist/occ-elements.zip" -d "$content/plugins"
install -d "$content/mu-plugins"
install -m 644 "$here/occ-test-site.php" "$content/mu-plugins/occ-test-site.php"

# 5. Apache on loopback, with mod_php.
php_module="$(ls /usr/lib/apache2/modules/libphp*.so | head -1)"
sed -e "s#@STATE@#$state#g" -e "s#@PORT@#$port#g" -e "s#@PHP_MODULE@#$php_module#g" "$here/apache.conf" >"$state/apache.conf"
if [ -f "$state/apache.pid" ] && kill -0 "$(cat "$state/apache.pid")" 2>/dev/null; then
  apache2 -f "$state/apache.conf" -k graceful
else
  echo "Starting Apache on $url"
  apache2 -f "$state/apache.conf" -k start
fi

# 6. WordPress itself, the users, the plugin's activation and the pages.
export OCC_WP_URL="$url"
export OCC_WP_ADMIN_PASSWORD="$(cat "$state/admin-password")" OCC_WP_AUTHOR_PASSWORD="$(cat "$state/author-password")"
php "$here/install.php" install
php "$here/install.php" content >"$state/site.json.tmp"
mv "$state/site.json.tmp" "$state/site.json"
chmod 600 "$state/site.json"

for _ in $(seq 1 20); do
  curl -fsS -o /dev/null "$url/" && break
  sleep 0.5
done
curl -fsS -o /dev/null "$url/" || { echo "The test site does not answer at $url" >&2; tail -20 "$state/apache-error.log" >&2; exit 1; }
echo "WordPress test site ready at $url ($(($(date +%s) - started)) s; credentials in $state/site.json)"
