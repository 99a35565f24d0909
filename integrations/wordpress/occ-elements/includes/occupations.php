<?php
/**
 * The shipped dataset's index (data/index.json): which occupations exist and which file holds each.
 * Read generically: an entry needs a title and a file; it is found by its slug, any of its SOC codes
 * (`soc` is a string in older datasets, a list in newer ones) or its title as a slug
 * ("registered-nurses"), and old SOC 2010 codes through the index's crosswalk when it has one.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

/** The plugin's own copy of the dataset (copied in by `npm run build:wordpress`); a filter may point elsewhere. */
function data_dir(): string {
	return trailingslashit( (string) apply_filters( 'occ_elements_data_dir', plugin_dir_path( PLUGIN_FILE ) . 'data/' ) );
}

/**
 * The index, parsed once per request; null when the plugin was built without data.
 *
 * @return array<string, mixed>|null
 */
function read_index(): ?array {
	static $index = false;
	if ( false === $index ) {
		$file  = data_dir() . 'index.json';
		$json  = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$data  = false === $json ? null : json_decode( $json, true );
		$index = is_array( $data ) && isset( $data['occupations'] ) && is_array( $data['occupations'] ) ? $data : null;
	}
	return $index;
}

/**
 * Every usable entry as [ key, title, file, soc[], kind ]: key is the slug, else the (first) SOC code.
 *
 * @return array<int, array<string, mixed>>
 */
function occupations(): array {
	static $list = null;
	if ( null !== $list ) {
		return $list;
	}
	$list = array();
	foreach ( read_index()['occupations'] ?? array() as $entry ) {
		if ( ! is_array( $entry ) || ! is_string( $entry['title'] ?? null ) || ! safe_file( $entry['file'] ?? null ) ) {
			continue;
		}
		$soc  = array_values( array_filter( (array) ( $entry['soc'] ?? array() ), 'is_string' ) );
		$slug = is_string( $entry['slug'] ?? null ) ? $entry['slug'] : null;
		$key  = $slug ?? ( $soc[0] ?? preg_replace( '/\.json$/', '', basename( $entry['file'] ) ) );
		$list[] = array(
			'key'   => $key,
			'title' => $entry['title'],
			'file'  => $entry['file'],
			'soc'   => $soc,
			'kind'  => is_string( $entry['kind'] ?? null ) ? $entry['kind'] : 'occupation',
		);
	}
	return $list;
}

/**
 * A relative file path inside the data directory (no scheme, no "..", no leading slash).
 *
 * @param mixed $file The index's `file` field.
 */
function safe_file( mixed $file ): bool {
	return is_string( $file ) && '' !== $file && ! str_starts_with( $file, '/' ) && ! str_contains( $file, '..' ) && ! str_contains( $file, ':' ) && ! str_contains( $file, '\\' );
}

/**
 * The entry an editor means by a slug, a SOC code or a title; null when none.
 *
 * @param string $query What the block or shortcode says (`registered-nurses`, `29-1141`).
 * @return array<string, mixed>|null
 */
function find_occupation( string $query ): ?array {
	$query = strtolower( trim( $query ) );
	if ( '' === $query ) {
		return null;
	}
	$entries = occupations();
	// In order of precedence: the entry's own key, a profile listing that SOC code, any entry listing it, its title as a slug.
	$tests = array(
		fn( $entry ) => strtolower( $entry['key'] ) === $query,
		fn( $entry ) => 'profile' === $entry['kind'] && in_array( $query, $entry['soc'], true ),
		fn( $entry ) => in_array( $query, $entry['soc'], true ),
		fn( $entry ) => sanitize_title( $entry['title'] ) === sanitize_title( $query ),
	);
	foreach ( $tests as $test ) {
		foreach ( $entries as $entry ) {
			if ( $test( $entry ) ) {
				return $entry;
			}
		}
	}
	// An old SOC 2010 code: the first current profile that covers it.
	$covered = read_index()['soc2010'][ $query ] ?? null;
	if ( is_array( $covered ) && is_string( $covered[0] ?? null ) && $covered[0] !== $query ) {
		return find_occupation( $covered[0] );
	}
	return null;
}

/**
 * The base URL of the data: the settings page's URL when set, else the plugin's copy.
 */
function data_base_url(): string {
	$url = (string) get_option( DATA_URL_OPTION, '' );
	return trailingslashit( '' !== $url ? $url : plugins_url( 'data', PLUGIN_FILE ) );
}

/**
 * The URL of a file of the dataset.
 *
 * @param string $file A path relative to the index.
 */
function data_url( string $file ): string {
	return data_base_url() . implode( '/', array_map( 'rawurlencode', explode( '/', $file ) ) );
}
