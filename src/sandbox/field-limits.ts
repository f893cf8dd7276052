/** Slack's own caps on what a modal field holds; the page and the server both keep to them. */

/** A plain_text_input holds at most this many characters, whatever max_length the app declares. */
export const SLACK_TEXT_INPUT_MAX = 3_000;

/** A checkboxes element has at most 10 options, each value at most 150 characters. */
export const SLACK_CHECKBOX_OPTIONS_MAX = 10;
export const SLACK_OPTION_VALUE_MAX = 150;
