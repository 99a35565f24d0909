<?php
/**
 * The elements' script (a module) and stylesheet, from the plugin's copy of dist/, loaded only on
 * pages that show an element: in the head when the post's content has the block or a shortcode
 * (known before the head is printed), else from the footer as soon as an element is rendered (a
 * widget, a template). Nothing inline, so a site's Content-Security-Policy can forbid inline script.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

const HANDLE = 'occ-elements';

/** The files of the plugin's copy of dist/ that a page loads (the loader finds its own chunks). */
const SCRIPT_FILE = 'dist/occ-elements.js';
const STYLE_FILE  = 'dist/occ-elements.css';

/**
 * A file's URL with its modification time as the version, so a rebuilt plugin is not served stale.
 *
 * @param string $file Path inside the plugin.
 * @return array{0: string, 1: string|false}|null URL and version; null when the file is missing.
 */
function asset( string $file ): ?array {
	$path = plugin_dir_path( PLUGIN_FILE ) . $file;
	return is_readable( $path ) ? array( plugins_url( $file, PLUGIN_FILE ), (string) filemtime( $path ) ) : null;
}

/** Registers (does not load) the script, the stylesheet and the editors' notice style. */
function register_assets(): void {
	$script = asset( SCRIPT_FILE );
	if ( $script ) {
		wp_register_script( HANDLE, $script[0], array(), $script[1], false );
	}
	$style = asset( STYLE_FILE );
	if ( $style ) {
		wp_register_style( HANDLE, $style[0], array(), $style[1] );
	}
	$notice = asset( 'assets/notice.css' );
	wp_register_style( 'occ-elements-notice', $notice[0], array(), $notice[1] );
}

/** WordPress 6.5+ prints real module scripts; older versions get type="module" from module_script_tag(). */
function supports_script_modules(): bool {
	return function_exists( 'wp_enqueue_script_module' );
}

/**
 * Loads the script and stylesheet on this page (once). Called by every rendered element; before
 * wp_head they go in the head, after it WordPress prints them in the footer.
 */
function require_assets(): void {
	static $done = false;
	if ( $done || is_admin() || wp_is_json_request() ) {
		return;
	}
	$done = true;
	if ( wp_style_is( HANDLE, 'registered' ) ) {
		wp_enqueue_style( HANDLE );
	}
	$script = asset( SCRIPT_FILE );
	if ( $script && supports_script_modules() ) {
		wp_enqueue_script_module( HANDLE, $script[0], array(), $script[1] );
	} elseif ( $script ) {
		wp_enqueue_script( HANDLE );
	}
}

/** On a post or page whose content has the block or a shortcode: load them in the head. */
function enqueue_for_singular_content(): void {
	$post = is_singular() ? get_post() : null;
	if ( $post && ( has_block( BLOCK_NAME, $post ) || has_any_shortcode( $post->post_content ) ) ) {
		require_assets();
	}
}

/**
 * In the block editor (and its iframe on newer WordPress): the elements, so the preview shows them.
 * The editor gets the classic script with type="module", which every editor version copies into its
 * canvas.
 */
function enqueue_in_editor(): void {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script( HANDLE );
	if ( wp_style_is( HANDLE, 'registered' ) ) {
		wp_enqueue_style( HANDLE );
	}
	wp_enqueue_style( 'occ-elements-notice' );
}

/**
 * The script tag as a module. In the head, blocking="render" keeps the page from painting the
 * tags before the elements are defined (no layout shift); browsers without it ignore it.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 */
function module_script_tag( string $tag, string $handle ): string {
	if ( HANDLE !== $handle ) {
		return $tag;
	}
	$blocking = doing_action( 'wp_head' ) ? ' blocking="render"' : '';
	return (string) preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"' . $blocking, str_replace( " type='text/javascript'", '', $tag ), 1 );
}
