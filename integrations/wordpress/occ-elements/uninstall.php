<?php
/**
 * Deleting the plugin removes its one setting.
 *
 * @package OccElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'occ_elements_data_url' );
