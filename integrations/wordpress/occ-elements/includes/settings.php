<?php
/**
 * Settings → Occupation elements: where the data comes from. Empty uses the plugin's own copy;
 * a site that hosts the data elsewhere (a CDN, another server with CORS) gives its base URL.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

const DATA_URL_OPTION = 'occ_elements_data_url';
const SETTINGS_PAGE   = 'occ-elements';

/** The option, with its sanitizer, and the page's one field. */
function register_settings(): void {
	register_setting(
		SETTINGS_PAGE,
		DATA_URL_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_data_url',
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'occ-elements-data', __( 'Data', 'occ-elements' ), '__return_false', SETTINGS_PAGE );
	add_settings_field(
		DATA_URL_OPTION,
		__( 'Data URL', 'occ-elements' ),
		__NAMESPACE__ . '\render_data_url_field',
		SETTINGS_PAGE,
		'occ-elements-data',
		array( 'label_for' => DATA_URL_OPTION )
	);
}

/**
 * An http(s) URL or a path on this site, ending in a slash; anything else keeps the previous value
 * and says why.
 *
 * @param mixed $value What the form sent.
 */
function sanitize_data_url( mixed $value ): string {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$clean = esc_url_raw( $value, array( 'http', 'https' ) );
	$valid = '' !== $clean && ( str_starts_with( $clean, '/' ) || preg_match( '#^https?://[^/]#i', $clean ) ) && ( str_starts_with( $value, '/' ) || preg_match( '#^https?://#i', $value ) );
	if ( ! $valid ) {
		add_settings_error( DATA_URL_OPTION, 'occ-elements-data-url', __( 'The data URL must start with https://, http:// or / (a path on this site). It was not changed.', 'occ-elements' ) );
		return (string) get_option( DATA_URL_OPTION, '' );
	}
	return trailingslashit( $clean );
}

/** Settings → Occupation elements. */
function add_settings_page(): void {
	add_options_page(
		__( 'Occupation elements', 'occ-elements' ),
		__( 'Occupation elements', 'occ-elements' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\render_settings_page'
	);
}

/** The settings form (WordPress's Settings API does the saving, nonce and capability check). */
function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	settings_errors( DATA_URL_OPTION );
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( SETTINGS_PAGE );
	do_settings_sections( SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}

/** The data URL field. */
function render_data_url_field(): void {
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="%3$s" aria-describedby="%1$s-help"><p class="description" id="%1$s-help">%4$s</p>',
		esc_attr( DATA_URL_OPTION ),
		esc_attr( (string) get_option( DATA_URL_OPTION, '' ) ),
		esc_attr( plugins_url( 'data/', PLUGIN_FILE ) ),
		esc_html__( 'Where the elements load the occupation files and index.json from. Leave empty to use the copy inside this plugin. Another server must allow this site with CORS, and a Content-Security-Policy must allow it in connect-src.', 'occ-elements' )
	);
}
