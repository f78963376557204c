<?php

return (new PhpCsFixer\Config())
    ->setRules(['@PER-CS' => true])
    ->setFinder(PhpCsFixer\Finder::create()->in(__DIR__ . '/src'));
