<?php
/**
 * Plugin Name:       Occupation elements (BLS Occupational Outlook Handbook)
 * Description:       An "Occupation" block and shortcodes that show U.S. Bureau of Labor Statistics occupation profiles, pay, outlook and a finder with the occ-elements custom elements.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * Text Domain:       occ-elements
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/catalog.php';
require_once __DIR__ . '/includes/occupations.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/block.php';

add_action( 'init', __NAMESPACE__ . '\register_block' );
add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
add_action( 'init', __NAMESPACE__ . '\register_assets' );
add_action( 'rest_api_init', __NAMESPACE__ . '\register_rest_routes' );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\enqueue_for_singular_content' );
add_action( 'enqueue_block_assets', __NAMESPACE__ . '\enqueue_in_editor' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_script_tag', 10, 2 );
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
