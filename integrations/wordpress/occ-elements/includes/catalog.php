<?php
/**
 * What the block and the shortcodes can show: each element, where its data comes from and the
 * options it takes, with their allowed values. The editor's controls, the shortcodes and the
 * server-side validation all read this one list.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

/** The Handbook profile's tabs, in order (`<occ-profile tab>`). */
const TABS = array( 'summary', 'what-they-do', 'work-environment', 'how-to-become-one', 'pay', 'job-outlook', 'state-and-area', 'similar-occupations', 'more-information' );

/**
 * Options shared by several elements. `enum` values are exact; `bool` is an attribute present or
 * absent; `int` has a range; `url` is http(s) or relative; `text` is any text (escaped).
 *
 * @return array<string, array<string, mixed>>
 */
function option_specs(): array {
	return array(
		'tab'               => array( 'type' => 'enum', 'values' => TABS, 'label' => __( 'Tab', 'occ-elements' ) ),
		'heading-level'     => array( 'type' => 'int', 'min' => 2, 'max' => 6, 'label' => __( 'Heading level of the title', 'occ-elements' ) ),
		'sync-hash'         => array( 'type' => 'bool', 'label' => __( 'Keep the tab in the page address (#pay)', 'occ-elements' ) ),
		'basis'             => array( 'type' => 'enum', 'values' => array( 'annual', 'hourly' ), 'label' => __( 'Wages', 'occ-elements' ) ),
		'view'              => array( 'type' => 'enum', 'values' => array( 'chart', 'table' ), 'label' => __( 'View', 'occ-elements' ) ),
		'hide-distribution' => array( 'type' => 'bool', 'label' => __( 'Hide the wage distribution', 'occ-elements' ) ),
		'hide-industries'   => array( 'type' => 'bool', 'label' => __( 'Hide the top industries', 'occ-elements' ) ),
		'hide-source'       => array( 'type' => 'bool', 'label' => __( 'Hide the source note', 'occ-elements' ) ),
		'theme'             => array( 'type' => 'enum', 'values' => array( 'light', 'dark', 'auto' ), 'label' => __( 'Colour scheme', 'occ-elements' ) ),
		'href-template'     => array( 'type' => 'url', 'label' => __( 'Link occupations to (e.g. /careers/{slug})', 'occ-elements' ) ),
		'limit'             => array( 'type' => 'int', 'min' => 1, 'max' => 2000, 'label' => __( 'Number of results', 'occ-elements' ) ),
		'query'             => array( 'type' => 'text', 'label' => __( 'Search (title words or SOC code)', 'occ-elements' ) ),
		'education'         => array( 'type' => 'text', 'label' => __( 'Entry-level education (e.g. bachelor)', 'occ-elements' ) ),
		'experience'        => array( 'type' => 'text', 'label' => __( 'Work experience (e.g. none)', 'occ-elements' ) ),
		'training'          => array( 'type' => 'text', 'label' => __( 'On-the-job training (e.g. short-term)', 'occ-elements' ) ),
		'growth'            => array( 'type' => 'enum', 'values' => array( 'decline', 'little-or-no-change', 'slower', 'average', 'faster', 'much-faster' ), 'label' => __( 'Projected growth', 'occ-elements' ) ),
		'new-jobs'          => array( 'type' => 'enum', 'values' => array( 'decline', '0', '1000', '10000', '50000', '100000' ), 'label' => __( 'New jobs (at least)', 'occ-elements' ) ),
		'min-pay'           => array( 'type' => 'int', 'min' => 0, 'max' => 1000000, 'label' => __( 'Lowest median annual pay ($)', 'occ-elements' ) ),
		'max-pay'           => array( 'type' => 'int', 'min' => 0, 'max' => 1000000, 'label' => __( 'Highest median annual pay ($)', 'occ-elements' ) ),
		'order'             => array( 'type' => 'enum', 'values' => array( 'asc', 'desc' ), 'label' => __( 'Order', 'occ-elements' ) ),
		'sync-url'          => array( 'type' => 'bool', 'label' => __( 'Keep the search in the page address', 'occ-elements' ) ),
	);
}

/**
 * The elements. `source`: `occupation` (one profile file), `occupations` (up to four, for
 * compare, which also gets the index so readers can add more) or `index` (the dataset's index, for
 * the finder). `options` names entries of option_specs(), or
 * gives an element's own spec where its values differ (each element's `sort`).
 *
 * @return array<string, array<string, mixed>>
 */
function elements(): array {
	$common = array( 'theme', 'hide-source' );
	return array(
		'profile'     => array(
			'tag'     => 'occ-profile',
			'label'   => __( 'Profile (all tabs)', 'occ-elements' ),
			'source'  => 'occupation',
			'options' => array_merge( array( 'tab', 'heading-level', 'sync-hash', 'href-template' ), $common ),
		),
		'quick-facts' => array(
			'tag'     => 'occ-quick-facts',
			'label'   => __( 'Quick facts', 'occ-elements' ),
			'source'  => 'occupation',
			'options' => $common,
		),
		'pay-chart'   => array(
			'tag'     => 'occ-pay-chart',
			'label'   => __( 'Pay chart', 'occ-elements' ),
			'source'  => 'occupation',
			'options' => array_merge( array( 'basis', 'view', 'hide-distribution', 'hide-industries' ), $common ),
		),
		'outlook'     => array(
			'tag'     => 'occ-outlook',
			'label'   => __( 'Job outlook', 'occ-elements' ),
			'source'  => 'occupation',
			'options' => array_merge( array( 'view' ), $common ),
		),
		'employers'   => array(
			'tag'     => 'occ-employers',
			'label'   => __( 'Employers', 'occ-elements' ),
			'source'  => 'occupation',
			'options' => array_merge( array( 'view', 'href-template' ), $common ),
		),
		'similar'     => array(
			'tag'     => 'occ-similar',
			'label'   => __( 'Similar occupations', 'occ-elements' ),
			'source'  => 'occupation',
			'options' => array_merge(
				array(
					'sort' => array( 'type' => 'enum', 'values' => array( 'pay', '-pay', 'education', '-education' ), 'label' => __( 'Sort by (a minus: descending)', 'occ-elements' ) ),
					'href-template',
				),
				$common
			),
		),
		'finder'      => array(
			'tag'     => 'occ-finder',
			'label'   => __( 'Occupation finder', 'occ-elements' ),
			'source'  => 'index',
			'options' => array_merge(
				array(
					'sort' => array( 'type' => 'enum', 'values' => array( 'title', 'pay', 'growth', 'jobs', 'new-jobs', 'openings' ), 'label' => __( 'Sort by', 'occ-elements' ) ),
					'order',
					'limit',
					'query',
					'education',
					'experience',
					'training',
					'growth',
					'new-jobs',
					'min-pay',
					'max-pay',
					'href-template',
					'sync-url',
				),
				$common
			),
		),
		'compare'     => array(
			'tag'     => 'occ-compare',
			'label'   => __( 'Compare occupations', 'occ-elements' ),
			'source'  => 'occupations',
			'options' => array_merge( array( 'href-template' ), $common ),
		),
	);
}

/**
 * An element's options as name => spec.
 *
 * @param array<string, mixed> $element An entry of elements().
 * @return array<string, array<string, mixed>>
 */
function element_options( array $element ): array {
	$specs   = option_specs();
	$options = array();
	foreach ( $element['options'] as $key => $value ) {
		if ( is_string( $key ) ) {
			$options[ $key ] = $value;
		} else {
			$options[ $value ] = $specs[ $value ];
		}
	}
	return $options;
}
