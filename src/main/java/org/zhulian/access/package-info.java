/**
 * The one way every feature scopes, authorises and audits: rules declared per field in the schema
 * and enforced before the field is read, the audit of every personal record a response carries,
 * the outcome of every refused or failed attempt on record, and the template of write use cases.
 */
package org.zhulian.access;
