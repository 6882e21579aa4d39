package dev.baton.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Sign-in accounts and their permissions, read from the roles each user wears. */
@Component
class Authorities implements UserDetailsService {

    private final JdbcClient jdbc;

    Authorities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GrantedAuthority> of(UUID user) {
        return jdbc.sql("""
                select distinct unnest(r.permissions) from user_roles ur join roles r on r.id = ur.role_id
                where ur.user_id = :user order by 1""")
                .param("user", user).query(String.class).list().stream()
                .map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p)).toList();
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        record Account(UUID id, String email, String hash, boolean enabled) {
        }
        Account account = jdbc.sql("select id, email, password_hash, enabled from users where lower(email) = lower(:email)")
                .param("email", email)
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No user " + email));
        return org.springframework.security.core.userdetails.User.withUsername(account.email())
                .password(account.hash() == null ? "{noop}" + UUID.randomUUID() : account.hash())
                .disabled(!account.enabled())
                .authorities(of(account.id()))
                .build();
    }
}
