package salesim.crm;

import java.util.Objects;

/**
 * One user (a rep).
 *
 * @param id pseudonymised id ({@code u1, u2, ...})
 * @param active whether the user is active now
 * @param created when the user was created (taken as the hire date)
 * @param lastModified when the user was last modified (for an inactive user, taken as the date
 *     they left), or null
 * @param role the role as the export names it (UserRole.Name, a --roles file), or null
 */
public record User(String id, boolean active, Stamp created, Stamp lastModified, String role) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
  }
}
