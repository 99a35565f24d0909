<?php
/**
 * The test site's WordPress, through WordPress's own functions (run by setup.sh with PHP's CLI):
 *   php install.php install   — wp_install() when the database is empty;
 *   php install.php content   — users, the plugin's activation, the pages, application passwords;
 *                               prints the test credentials as JSON.
 * Idempotent: a second run updates what the first made.
 *
 * @package OccElements
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$phase = $argv[1] ?? '';
$url   = getenv( 'OCC_WP_URL' ) ?: 'http://127.0.0.1:8088';
// Debian's wp-config.php picks /etc/wordpress/config-<host>.php by the request's host.
$_SERVER['HTTP_HOST']   = (string) parse_url( $url, PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];

const ADMIN_USER  = 'admin';
const AUTHOR_USER = 'occ-author';

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( ! is_blog_installed() ) {
		wp_install( 'occ-elements test site', ADMIN_USER, 'admin@example.test', false, '', getenv( 'OCC_WP_ADMIN_PASSWORD' ) );
		echo "WordPress installed\n";
	}
	exit( 0 );
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

/**
 * A user with this role and password, created or updated.
 */
function occ_user( string $login, string $role, string $password ): WP_User {
	$user = get_user_by( 'login', $login );
	$id   = $user ? $user->ID : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => "$login@example.test",
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$user = new WP_User( $id );
	$user->set_role( $role );
	if ( ! wp_check_password( $password, $user->user_pass, $id ) ) {
		wp_set_password( $password, $id );
	}
	// The wizard is not what the editor test looks at.
	update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
	return new WP_User( $id );
}

/**
 * A fresh application password for the tests' REST requests (the previous ones are revoked).
 */
function occ_application_password( WP_User $user ): string {
	foreach ( WP_Application_Passwords::get_user_application_passwords( $user->ID ) as $item ) {
		if ( 'occ-elements tests' === $item['name'] ) {
			WP_Application_Passwords::delete_application_password( $user->ID, $item['uuid'] );
		}
	}
	$created = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'occ-elements tests' ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, $created->get_error_message() . "\n" );
		exit( 1 );
	}
	return $created[0];
}

$admin  = occ_user( ADMIN_USER, 'administrator', getenv( 'OCC_WP_ADMIN_PASSWORD' ) );
$author = occ_user( AUTHOR_USER, 'author', getenv( 'OCC_WP_AUTHOR_PASSWORD' ) );
if ( user_can( $author, 'unfiltered_html' ) ) {
	fwrite( STDERR, "The author has unfiltered_html; the tests need one without it.\n" );
	exit( 1 );
}

$activated = activate_plugin( 'occ-elements/occ-elements.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'Activating the plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}
// Each run starts from the plugin's own data.
delete_option( 'occ_elements_data_url' );

$block = fn( array $attributes ) => '<!-- wp:occ-elements/occupation ' . wp_json_encode( $attributes ) . ' /-->';
$short = fn( string $shortcode ) => "<!-- wp:shortcode -->\n$shortcode\n<!-- /wp:shortcode -->";
$para  = fn( string $text ) => "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";

$pages = array(
	'occ-block'     => array(
		'Registered nurses (block)',
		array(
			$para( 'A page made with the Occupation block.' ),
			$block( array( 'element' => 'profile', 'occupation' => 'registered-nurses' ) ),
			$block( array( 'element' => 'outlook', 'occupation' => 'registered-nurses', 'view' => 'table' ) ),
		),
	),
	'occ-shortcode' => array(
		'Registered nurses (shortcodes)',
		array(
			$para( 'A page made with the shortcodes.' ),
			$short( '[occ_quick_facts occupation="registered-nurses"]' ),
			$short( '[occ_pay_chart soc="29-1141" basis="hourly"]' ),
			$short( '[occ_profile occupation="registered-nurses" tab="pay"]' ),
		),
	),
	'occ-plain'     => array( 'A page without the block', array( $para( 'Nothing about occupations here.' ) ) ),
	'occ-unknown'   => array(
		'Unknown occupation and options',
		array(
			$block( array( 'element' => 'profile', 'occupation' => 'no-such-occupation' ) ),
			$short( '[occ_outlook occupation="no-such-job"]' ),
			$short( '[occ_pay_chart occupation="registered-nurses" basis="weekly" colour="red"]' ),
			$para( 'This paragraph comes after them.' ),
		),
	),
	'occ-finder'    => array(
		'Finder and compare',
		array(
			$short( '[occ_finder sort="growth" limit="20"]' ),
			$short( '[occ_compare occupations="registered-nurses, 29-1171"]' ),
		),
	),
);
$ids = array();
foreach ( $pages as $slug => [ $title, $blocks ] ) {
	$existing     = get_page_by_path( $slug, OBJECT, 'page' );
	$ids[ $slug ] = wp_insert_post(
		array(
			'ID'           => $existing ? $existing->ID : 0,
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_name'    => $slug,
			'post_title'   => $title,
			'post_author'  => $admin->ID,
			'post_content' => implode( "\n\n", $blocks ),
		),
		true
	);
	if ( is_wp_error( $ids[ $slug ] ) ) {
		fwrite( STDERR, $ids[ $slug ]->get_error_message() . "\n" );
		exit( 1 );
	}
}

echo wp_json_encode(
	array(
		'url'    => home_url(),
		'pages'  => array_map( fn( $id ) => get_permalink( $id ), $ids ),
		'admin'  => array(
			'user'                => ADMIN_USER,
			'password'            => getenv( 'OCC_WP_ADMIN_PASSWORD' ),
			'applicationPassword' => occ_application_password( $admin ),
		),
		'author' => array(
			'user'                => AUTHOR_USER,
			'password'            => getenv( 'OCC_WP_AUTHOR_PASSWORD' ),
			'applicationPassword' => occ_application_password( $author ),
		),
	),
	JSON_PRETTY_PRINT
) . "\n";
