package dev.baton.tasks;

import java.util.List;

/** What other modules may ask of notifications: tell a user or a role something, one or many at once. */
public interface Notifications {

    /** Sends one notification; false when one with its key was sent already. An unknown user or role is a 400. */
    boolean notify(NewNotification notification);

    /** Sends many in one statement (a campaign step for its whole batch); returns how many were new. */
    int notifyAll(List<NewNotification> notifications);
}
