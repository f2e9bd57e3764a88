package fr.oasis.practitioner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PractitionerVintageRepository extends JpaRepository<PractitionerVintage, Long> {
    Optional<PractitionerVintage> findFirstByOrderByIdDesc();

    List<PractitionerVintage> findAllByOrderByIdDesc();
}
