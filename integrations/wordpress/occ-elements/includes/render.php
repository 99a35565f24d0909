<?php
/**
 * The element's markup, from a block's attributes or a shortcode's: the occupation becomes the
 * data file's URL, each option is checked against the catalog, and every attribute value is
 * escaped. Anything wrong (an unknown occupation, element, option or value) is told to people who
 * can edit posts, in a visible notice; readers see the rest of the page, and nothing of a broken
 * element.
 *
 * @package OccElements
 */

namespace OccElements;

defined( 'ABSPATH' ) || exit;

/** Keys that choose what to show rather than options of the element. */
const SOURCE_KEYS = array( 'element', 'occupation', 'soc', 'occupations', 'lang' );

/** Keys the block editor adds to every block; not options. */
const BLOCK_SUPPORT_KEYS = array( 'class-name', 'align', 'style', 'lock', 'anchor' );

/**
 * Options with kebab-case names: `hideIndustries` (block), `hide_industries` and `hide-industries`
 * (shortcode) are one option; a bare shortcode word (`[occ_pay_chart hide-industries]`) is true.
 *
 * @param array<int|string, mixed> $raw Block attributes or shortcode attributes.
 * @return array<string, mixed>
 */
function normalize_options( array $raw ): array {
	$options = array();
	foreach ( $raw as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = (string) $value;
			$value = true;
		}
		$key = strtolower( str_replace( '_', '-', (string) preg_replace( '/(?<=[a-z0-9])([A-Z])/', '-$1', (string) $key ) ) );
		if ( 'language' === $key ) {
			$key = 'lang';
		}
		$options[ $key ] = $value;
	}
	return $options;
}

/**
 * One element's HTML.
 *
 * @param string               $name    An element of the catalog (`profile`, `pay-chart`…).
 * @param array<string, mixed> $raw     The block's or shortcode's attributes.
 * @param string               $wrapper Attributes of the wrapping element (the block's classes).
 */
function render_element( string $name, array $raw, string $wrapper = '' ): string {
	$options  = normalize_options( $raw );
	$problems = array();
	$element  = elements()[ $name ] ?? null;
	if ( null === $element ) {
		/* translators: %s: what the editor typed. */
		return notice( array( sprintf( __( 'There is no element "%s".', 'occ-elements' ), $name ) ), '' );
	}

	$attributes = source_attributes( $element, $options, $problems );
	if ( null === $attributes ) {
		return notice( $problems, '' );
	}
	$attributes['lang'] = language( $options['lang'] ?? '', $problems );

	$allowed = element_options( $element );
	foreach ( $options as $key => $value ) {
		// Unset: empty, or a block's boolean at its default (false); the block sends every attribute.
		if ( in_array( $key, SOURCE_KEYS, true ) || in_array( $key, BLOCK_SUPPORT_KEYS, true ) || in_array( $value, array( '', null, false ), true ) ) {
			continue;
		}
		if ( ! isset( $allowed[ $key ] ) ) {
			/* translators: 1: option name, 2: element name. */
			$problems[] = sprintf( __( '"%1$s" is not an option of the %2$s element; it was left out.', 'occ-elements' ), $key, $element['label'] );
			continue;
		}
		$checked = check_option( $allowed[ $key ], $value );
		if ( null === $checked ) {
			/* translators: 1: option name, 2: the value given. */
			$problems[] = sprintf( __( '"%2$s" is not a valid value for "%1$s"; it was left out.', 'occ-elements' ), $key, is_scalar( $value ) ? (string) $value : gettype( $value ) );
		} elseif ( false !== $checked ) {
			$attributes[ $key ] = $checked;
		}
	}

	require_assets();
	$html = '<' . $element['tag'];
	foreach ( $attributes as $key => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $key;
		} elseif ( in_array( $key, array( 'src', 'index', 'href-template' ), true ) ) {
			// Compare's src is a list of URLs separated by spaces: each is escaped on its own.
			$html .= sprintf( ' %s="%s"', $key, implode( ' ', array_map( __NAMESPACE__ . '\esc_url_template', (array) $value ) ) );
		} else {
			$html .= sprintf( ' %s="%s"', $key, esc_attr( (string) $value ) );
		}
	}
	$html .= '></' . $element['tag'] . '>';
	return notice( $problems, $html, $wrapper );
}

/**
 * The data attributes: `src` for one occupation or the index; for compare, a `src` list (URLs
 * separated by spaces) and `index`. Null (with the reason in $problems) when there is nothing to show.
 *
 * @param array<string, mixed> $element  The catalog entry.
 * @param array<string, mixed> $options  Normalized options.
 * @param string[]             $problems Collects what went wrong.
 * @return array<string, mixed>|null
 */
function source_attributes( array $element, array $options, array &$problems ): ?array {
	if ( null === read_index() ) {
		$problems[] = __( 'The plugin has no occupation data (data/index.json is missing): rebuild it with npm run build:wordpress.', 'occ-elements' );
		return null;
	}
	if ( 'index' === $element['source'] ) {
		return array( 'src' => data_url( 'index.json' ) );
	}
	if ( 'occupations' === $element['source'] ) {
		// Compare: the occupations given (up to four; none is fine), and the index readers add others from.
		$wanted     = (array) preg_split( '/[\s,]+/', (string) ( $options['occupations'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY );
		$found      = array_filter( array_map( fn( $query ) => find_known( $query, $problems ), array_slice( $wanted, 0, 4 ) ) );
		$attributes = $found ? array( 'src' => array_map( fn( $entry ) => data_url( $entry['file'] ), $found ) ) : array();
		return $attributes + array( 'index' => data_url( 'index.json' ) );
	}
	$query = (string) ( $options['occupation'] ?? '' ) ?: (string) ( $options['soc'] ?? '' );
	if ( '' === $query ) {
		$problems[] = __( 'Choose an occupation.', 'occ-elements' );
		return null;
	}
	$entry = find_known( $query, $problems );
	return $entry ? array( 'src' => data_url( $entry['file'] ) ) : null;
}

/**
 * find_occupation(), telling the editor when there is none.
 *
 * @param string   $query    A slug, SOC code or title.
 * @param string[] $problems Collects what went wrong.
 * @return array<string, mixed>|null
 */
function find_known( string $query, array &$problems ): ?array {
	$entry = find_occupation( $query );
	if ( null === $entry ) {
		/* translators: %s: what the editor typed. */
		$problems[] = sprintf( __( 'No occupation "%s" in the data: choose one from the list, or give its slug or SOC code.', 'occ-elements' ), $query );
	}
	return $entry;
}

/**
 * The element's language: the one asked for, else the page's (get_locale(), `en_US` → `en-US`).
 *
 * @param mixed    $asked    The `lang`/`language` option.
 * @param string[] $problems Collects what went wrong.
 */
function language( mixed $asked, array &$problems ): string {
	if ( is_string( $asked ) && '' !== $asked ) {
		if ( preg_match( '/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$/', $asked ) ) {
			return str_replace( '_', '-', $asked );
		}
		/* translators: %s: the value given. */
		$problems[] = sprintf( __( '"%s" is not a language tag (like "es" or "en-US"); the page\'s language is used.', 'occ-elements' ), $asked );
	}
	return str_replace( '_', '-', get_locale() );
}

/**
 * An option's value as the attribute takes it: a string, true for a present boolean, false for an
 * absent one, null when invalid.
 *
 * @param array<string, mixed> $spec  The option's spec.
 * @param mixed                $value What was given.
 * @return string|bool|null
 */
function check_option( array $spec, mixed $value ): string|bool|null {
	if ( 'bool' === $spec['type'] ) {
		$flag = is_bool( $value ) ? $value : filter_var( $value, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE );
		return $flag ?? null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $spec['type'] ) {
		case 'enum':
			return in_array( $value, $spec['values'], true ) ? $value : null;
		case 'int':
			$number = filter_var( $value, FILTER_VALIDATE_INT, array( 'options' => array( 'min_range' => $spec['min'], 'max_range' => $spec['max'] ) ) );
			return false === $number ? null : (string) $number;
		case 'url':
			return '' !== esc_url_template( $value ) ? $value : null;
		default:
			return $value;
	}
}

/**
 * esc_url() for URLs and URL templates: http(s) or relative only (a `javascript:` URL comes back
 * empty), and the template's `{slug}`-style fields survive (esc_url would drop the braces).
 *
 * @param string $url A URL, or a template with `{field}` placeholders.
 */
function esc_url_template( string $url ): string {
	$fields = array();
	$marked = preg_replace_callback(
		'/\{([a-z][a-zA-Z]*)\}/',
		function ( $match ) use ( &$fields ) {
			$fields[] = $match[0];
			return 'occfield' . ( count( $fields ) - 1 ) . 'x';
		},
		$url
	);
	$escaped = esc_url( $marked, array( 'http', 'https' ) );
	foreach ( $fields as $i => $field ) {
		$escaped = str_replace( 'occfield' . $i . 'x', $field, $escaped );
	}
	return $escaped;
}

/**
 * The element with what went wrong: a visible notice for people who can edit posts; for readers,
 * the element alone (an option left out) or an HTML comment (nothing to show).
 *
 * @param string[] $problems Plain-language problems.
 * @param string   $html     The element's markup, or '' when there is nothing to show.
 * @param string   $wrapper  Attributes of the wrapping element.
 */
function notice( array $problems, string $html, string $wrapper = '' ): string {
	$body = '' !== $html ? $html : '<!-- occ-elements: nothing to show here -->';
	if ( $problems && current_user_can( 'edit_posts' ) ) {
		wp_enqueue_style( 'occ-elements-notice' );
		$items = implode( '', array_map( fn( $problem ) => '<li>' . esc_html( $problem ) . '</li>', $problems ) );
		$body  = '<div class="occ-elements-notice" role="note"><p><strong>' . esc_html__( 'Occupation element (only editors see this):', 'occ-elements' ) . '</strong></p><ul>' . $items . '</ul></div>' . $body;
	}
	return '' !== $wrapper ? "<div $wrapper>$body</div>" : $body;
}
