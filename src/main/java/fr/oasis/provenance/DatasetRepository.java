package fr.oasis.provenance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetRepository extends JpaRepository<Dataset, Long> {
    Optional<Dataset> findByKind(String kind);
}
