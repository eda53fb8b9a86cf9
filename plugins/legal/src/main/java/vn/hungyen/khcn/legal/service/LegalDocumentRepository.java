package vn.hungyen.khcn.legal.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.legal.domain.LegalDocument;

interface LegalDocumentRepository extends Repository<LegalDocument, Long> {

    LegalDocument save(LegalDocument document);

    Optional<LegalDocument> findBySlug(String slug);

    @Query("select d from LegalDocument d order by d.issuedOn desc nulls last, d.title")
    List<LegalDocument> findAllNewestFirst();

    long count();

    Optional<LegalDocument> findById(Long id);

    List<LegalDocument> findByIdIn(java.util.Collection<Long> ids);
}
