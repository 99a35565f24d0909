<?php
/**
 * One shortcode per element, with the block's options as attributes:
 * `[occ_profile occupation="registered-nurses" tab="pay"]`, `[occ_pay_chart soc="29-1141" basis="hourly"]`,
 * `[occ_finder sort="growth" limit="20"]`, `[occ_compare occupations="registered-nurses, 29-1171"]`.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

/** `pay-chart` → `occ_pay_chart`. */
function shortcode_name( string $element ): string {
	return 'occ_' . str_replace( '-', '_', $element );
}

/** Registers a shortcode for every element of the catalog. */
function register_shortcodes(): void {
	foreach ( array_keys( elements() ) as $element ) {
		add_shortcode(
			shortcode_name( $element ),
			fn( $atts ) => render_element( $element, is_array( $atts ) ? $atts : array() )
		);
	}
}

/**
 * Whether content uses any of the plugin's shortcodes.
 *
 * @param string $content Post content.
 */
function has_any_shortcode( string $content ): bool {
	foreach ( array_keys( elements() ) as $element ) {
		if ( has_shortcode( $content, shortcode_name( $element ) ) ) {
			return true;
		}
	}
	return false;
}
