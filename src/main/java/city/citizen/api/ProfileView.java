package city.citizen.api;

import java.time.LocalDate;

/**
 * What the city knows of a citizen. Each {@code *From} says where the fact came from: {@code account} (the sign-in
 * account), {@code registry} (the household registry) or {@code citizen} (typed by them); null when unknown.
 */
public record ProfileView(
        String subject,
        String username,
        String fullName,
        String fullNameFrom,
        String email,
        String emailFrom,
        String phone,
        String phoneFrom,
        String idNumber,
        String idNumberFrom,
        String address,
        String addressFrom,
        LocalDate birthDate,
        String language) {}
