package vn.hungyen.khcn.portal.security;

/**
 * An account was disabled or got a new password: the sessions signed in with what it was before must end.
 *
 * @param username the account's user name as stored
 */
record AccountCredentialsChanged(String username) {
}
