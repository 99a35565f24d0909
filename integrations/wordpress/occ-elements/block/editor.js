/**
 * The "Occupation" block in the editor, written against the globals WordPress ships (no build step).
 * The sidebar's controls come from the plugin's catalog (GET occ-elements/v1/catalog): the element,
 * the occupation (a searchable list from the shipped index) and that element's options. The canvas
 * shows the server's rendering (ServerSideRender), which the elements' script, loaded in the editor
 * too, turns into the live element.
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var __ = wp.i18n.__;
  var components = wp.components;
  var blockEditor = wp.blockEditor;
  var ServerSideRender = wp.serverSideRender;

  var catalogRequest = null;
  function loadCatalog() {
    catalogRequest = catalogRequest || wp.apiFetch({ path: '/occ-elements/v1/catalog' });
    return catalogRequest;
  }

  /** `hide-industries` → `hideIndustries`, the block attribute's name. */
  function attributeName(option) {
    return option.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  function optionControl(option, attributes, setAttributes) {
    var name = attributeName(option.name);
    var set = function (value) {
      var change = {};
      change[name] = value;
      setAttributes(change);
    };
    if (option.type === 'bool') {
      return el(components.ToggleControl, {
        key: option.name,
        label: option.label,
        checked: !!attributes[name],
        onChange: set,
      });
    }
    if (option.type === 'enum') {
      return el(components.SelectControl, {
        key: option.name,
        label: option.label,
        value: attributes[name] || '',
        options: [{ value: '', label: __('Default', 'occ-elements') }].concat(
          option.values.map(function (value) {
            return { value: value, label: value };
          }),
        ),
        onChange: set,
      });
    }
    return el(components.TextControl, {
      key: option.name,
      label: option.label,
      type: option.type === 'int' ? 'number' : 'text',
      min: option.min,
      max: option.max,
      value: attributes[name] || '',
      onChange: set,
    });
  }

  function Sidebar(props) {
    var catalog = props.catalog;
    var attributes = props.attributes;
    var setAttributes = props.setAttributes;
    var element =
      catalog.elements.find(function (candidate) {
        return candidate.name === attributes.element;
      }) || catalog.elements[0];
    var source = [];
    if (element.source === 'occupation') {
      source.push(
        el(components.ComboboxControl, {
          key: 'occupation',
          label: __('Occupation', 'occ-elements'),
          help: __('Type to search by title or SOC code.', 'occ-elements'),
          value: attributes.occupation,
          options: catalog.occupations,
          onChange: function (value) {
            setAttributes({ occupation: value || '' });
          },
        }),
      );
    } else if (element.source === 'occupations') {
      source.push(
        el(components.TextControl, {
          key: 'occupations',
          label: __('Occupations (up to 4 slugs or SOC codes, comma-separated)', 'occ-elements'),
          help: __('Readers can add others from the index.', 'occ-elements'),
          value: attributes.occupations,
          onChange: function (value) {
            setAttributes({ occupations: value });
          },
        }),
      );
    }
    return el(
      blockEditor.InspectorControls,
      null,
      el(
        components.PanelBody,
        { title: __('Occupation', 'occ-elements') },
        el(components.SelectControl, {
          label: __('Element', 'occ-elements'),
          value: element.name,
          options: catalog.elements.map(function (candidate) {
            return { value: candidate.name, label: candidate.label };
          }),
          onChange: function (value) {
            setAttributes({ element: value });
          },
        }),
        source,
      ),
      el(
        components.PanelBody,
        { title: __('Options', 'occ-elements'), initialOpen: false },
        element.options.map(function (option) {
          return optionControl(option, attributes, setAttributes);
        }),
        el(components.TextControl, {
          label: __('Language', 'occ-elements'),
          help:
            __('A language tag such as "es"; empty uses the page’s language', 'occ-elements') +
            ' (' +
            catalog.language +
            ').',
          value: attributes.language,
          onChange: function (value) {
            setAttributes({ language: value });
          },
        }),
      ),
    );
  }

  function Edit(props) {
    var state = useState(null);
    var catalog = state[0];
    var setCatalog = state[1];
    var failure = useState(null);
    useEffect(function () {
      loadCatalog().then(setCatalog, function (error) {
        failure[1](error && error.message ? error.message : String(error));
      });
    }, []);
    var blockProps = blockEditor.useBlockProps();
    return el(
      'div',
      blockProps,
      catalog
        ? el(Sidebar, {
            catalog: catalog,
            attributes: props.attributes,
            setAttributes: props.setAttributes,
          })
        : null,
      failure[0]
        ? el(components.Notice, { status: 'error', isDismissible: false }, failure[0])
        : el(ServerSideRender, {
            block: props.name,
            attributes: props.attributes,
            // The server's notice says what to choose; keep the preview's height while it reloads.
            LoadingResponsePlaceholder: function (placeholder) {
              return el(
                'div',
                { className: 'occ-elements-loading' },
                placeholder.children,
                el(components.Spinner),
              );
            },
          }),
    );
  }

  wp.blocks.registerBlockType('occ-elements/occupation', {
    edit: Edit,
    save: function () {
      return null;
    },
  });
})(window.wp);
