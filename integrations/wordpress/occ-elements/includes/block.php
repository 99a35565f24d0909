<?php
/**
 * The "Occupation" block: dynamic (rendered by render_element() on every view, so the markup
 * follows the plugin and the data without re-saving posts), with an editor script that needs no
 * build. The editor asks the REST route below for the catalog and the occupations.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

const BLOCK_NAME = 'occ-elements/occupation';

/** Registers the block from block/block.json. */
function register_block(): void {
	register_block_type(
		plugin_dir_path( PLUGIN_FILE ) . 'block',
		array(
			'render_callback' => fn( $attributes ) => render_element(
				(string) ( $attributes['element'] ?? 'profile' ),
				array_diff_key( $attributes, array( 'element' => true ) ),
				get_block_wrapper_attributes()
			),
		)
	);
}

/** GET occ-elements/v1/catalog, for people who can edit posts. */
function register_rest_routes(): void {
	register_rest_route(
		'occ-elements/v1',
		'/catalog',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\rest_catalog',
			'permission_callback' => fn() => current_user_can( 'edit_posts' ),
		)
	);
}

/**
 * The elements with their options, the occupations for the picker, and the page language.
 */
function rest_catalog(): \WP_REST_Response {
	$elements = array();
	foreach ( elements() as $name => $element ) {
		$options = array();
		foreach ( element_options( $element ) as $option => $spec ) {
			$options[] = array_merge( array( 'name' => $option ), $spec );
		}
		$elements[] = array(
			'name'    => $name,
			'label'   => $element['label'],
			'source'  => $element['source'],
			'options' => $options,
		);
	}
	$occupations = array_map(
		fn( $entry ) => array(
			'value' => $entry['key'],
			'label' => $entry['soc'] && $entry['soc'][0] !== $entry['key'] ? sprintf( '%s (%s)', $entry['title'], implode( ', ', $entry['soc'] ) ) : sprintf( '%s (%s)', $entry['title'], $entry['key'] ),
		),
		occupations()
	);
	usort( $occupations, fn( $a, $b ) => strcasecmp( $a['label'], $b['label'] ) );
	return new \WP_REST_Response(
		array(
			'elements'    => $elements,
			'occupations' => $occupations,
			'language'    => str_replace( '_', '-', get_locale() ),
		)
	);
}
