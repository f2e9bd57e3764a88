package fr.oasis.importer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {
    List<ImportRun> findTop50ByOrderByIdDesc();

    List<ImportRun> findByStatusOrderByIdDesc(String status);

    List<ImportRun> findByStatusOrderByIdAsc(String status);
}
