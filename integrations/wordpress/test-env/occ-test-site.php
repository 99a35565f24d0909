<?php
/**
 * Plugin Name: occ-elements test site
 * Description: The WordPress test site's own configuration (a must-use plugin, installed by setup.sh): a strict Content-Security-Policy on the front end, and core's few inline scripts removed so the site can send it. Not part of the occ-elements plugin.
 *
 * @package OccElements
 */

// The policy a careful site sends: scripts only from its own origin, no inline script, no eval.
// Styles allow 'unsafe-inline' because WordPress core and block themes print inline styles (global
// styles, layout classes); the occ-elements plugin prints none.
const OCC_TEST_SITE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

add_action(
	'send_headers',
	function () {
		if ( ! is_admin() ) {
			header( 'Content-Security-Policy: ' . OCC_TEST_SITE_CSP );
		}
	}
);

// Core's inline scripts on the front end: the emoji detection and the block theme's skip link.
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
remove_action( 'wp_footer', 'the_block_template_skip_link' );
add_filter( 'show_admin_bar', '__return_false' );
// The machine has no mail server; WordPress's notices (new site, new user) go nowhere.
add_filter( 'pre_wp_mail', '__return_false' );
