<?php
// The WordPress scripts block/editor.js uses (it has no build step, so this file is written by hand).
return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0-' . filemtime( __DIR__ . '/editor.js' ),
);
