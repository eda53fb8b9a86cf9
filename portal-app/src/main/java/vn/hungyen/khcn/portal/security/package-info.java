/** Sign-in and roles: editors' and admins' accounts, the first admin, and the rules the server enforces. */
@NullMarked
package vn.hungyen.khcn.portal.security;

import org.jspecify.annotations.NullMarked;
